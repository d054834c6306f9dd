// Differential check against graphql-js 16 (the reference implementation).
//   node graphqljs.mjs query     → prints getIntrospectionQuery() with every option on
//   node graphqljs.mjs build     → reads an introspection response on stdin, builds a client
//                                  schema from it with buildClientSchema, prints its SDL
//   node graphqljs.mjs validate  → reads {"sdl": "...", "documents": ["...", ...]} on stdin and
//                                  prints, per document, the errors of parse + validate as
//                                  [{"message", "locations": [{"line", "column"}]}]
import { buildClientSchema, buildSchema, getIntrospectionQuery, parse, printSchema, assertValidSchema, validate } from 'graphql';

async function readStdin() {
  let input = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) input += chunk;
  return input;
}

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
  const response = JSON.parse(await readStdin());
  if (response.errors) {
    console.error('The response has errors: ' + JSON.stringify(response.errors));
    process.exit(2);
  }
  const schema = buildClientSchema(response.data);
  assertValidSchema(schema);
  process.stdout.write(printSchema(schema));
} else if (mode === 'validate') {
  const { sdl, documents } = JSON.parse(await readStdin());
  const schema = buildSchema(sdl);
  const shape = (error) => ({ message: error.message, locations: error.locations ?? [] });
  const results = documents.map((text) => {
    let document;
    try {
      document = parse(text);
    } catch (error) {
      return [shape(error)];
    }
    return validate(schema, document).map(shape);
  });
  process.stdout.write(JSON.stringify(results));
} else {
  console.error('usage: node graphqljs.mjs query|build|validate');
  process.exit(64);
}
