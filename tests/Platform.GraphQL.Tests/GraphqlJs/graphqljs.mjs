// Differential check against graphql-js 16 (the reference implementation).
//   node graphqljs.mjs query     → prints getIntrospectionQuery() with every option on
//   node graphqljs.mjs build     → reads an introspection response on stdin, builds a client
//                                  schema from it with buildClientSchema, prints its SDL
//   node graphqljs.mjs validate  → reads {"sdl": "...", "documents": ["...", ...]} on stdin and
//                                  prints, per document, the errors of parse + validate as
//                                  [{"message", "locations": [{"line", "column"}]}]
//   node graphqljs.mjs execute   → reads [{"query", "variables"}, ...] on stdin, runs each against the
//                                  benchmark shop (bench/graphql, bench/graphql-js/shop.mjs) with
//                                  parse + validate + execute, prints the responses
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, execute, getIntrospectionQuery, parse, printSchema, assertValidSchema, validate } from 'graphql';
import { bindResolvers, loadData } from '../../../bench/graphql-js/shop.mjs';

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
} else if (mode === 'execute') {
  const requests = JSON.parse(await readStdin());
  const read = (name) => readFileSync(new URL(`../../../bench/graphql/${name}`, import.meta.url), 'utf8');
  const schema = buildSchema(read('schema.graphql'));
  const data = loadData(JSON.parse(read('data.json')));
  bindResolvers(schema, data);
  const responses = requests.map(({ query, variables }) => {
    let document;
    try {
      document = parse(query);
    } catch (error) {
      return { errors: [error] };
    }
    const errors = validate(schema, document);
    return errors.length > 0 ? { errors } : execute({ schema, document, variableValues: variables, rootValue: data });
  });
  process.stdout.write(JSON.stringify(responses));
} else {
  console.error('usage: node graphqljs.mjs query|build|validate|execute');
  process.exit(64);
}
