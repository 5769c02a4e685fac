/** The command-line tools, for an app's scripts: each takes its arguments, a way to boot Payload and where to print. */
export { runDatasetsImport } from '../cli/datasetsImport.ts'
export { runFiguresCheck } from '../cli/figuresCheck.ts'
export { runFiguresVerify } from '../cli/figuresVerify.ts'
