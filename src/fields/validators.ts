/** A whole number of at least `min`; empty is left to `required`. */
export const wholeNumber =
  (what: string, min = 0) =>
  (value: null | number | undefined): string | true =>
    value === null || value === undefined || (Number.isInteger(value) && value >= min)
      ? true
      : `${what} moet een geheel getal vanaf ${min} zijn (kreeg ${value}).`
