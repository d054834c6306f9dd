// Differential check against graphql-js 16 (the reference implementation).
//   node introspection.mjs query  → prints getIntrospectionQuery() with every option on
//   node introspection.mjs build  → reads an introspection response on stdin, builds a client
//                                    schema from it with buildClientSchema, prints its SDL
import { buildClientSchema, getIntrospectionQuery, printSchema, assertValidSchema } from 'graphql';

const mode = process.argv[2];
if (mode === 'query') {
  process.stdout.write(getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  }));
} else if (mode === 'build') {
  let input = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) input += chunk;
  const response = JSON.parse(input);
  if (response.errors) {
    console.error('The response has errors: ' + JSON.stringify(response.errors));
    process.exit(2);
  }
  const schema = buildClientSchema(response.data);
  assertValidSchema(schema);
  process.stdout.write(printSchema(schema));
} else {
  console.error('usage: node introspection.mjs query|build');
  process.exit(64);
}
