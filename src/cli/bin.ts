// Executable entry of the bundled CLI (dist/tartip.js).
import { main } from './main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
