/** The command-line tools, for an app's scripts: each takes its arguments, a way to boot Payload and where to print. */
export { runDatasetsImport } from '../cli/datasetsImport.js'
export { runFiguresCheck } from '../cli/figuresCheck.js'
export { runFiguresVerify } from '../cli/figuresVerify.js'
