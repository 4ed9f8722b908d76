// Validates an OpenAPI document file with @apidevtools/swagger-parser (an ES module, which Jest on
// Node 20 cannot load, so the test runs this in a child process). Prints the reason and exits 1.
const SwaggerParser = require('@apidevtools/swagger-parser');

SwaggerParser.validate(process.argv[2]).then(
  () => process.exit(0),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
