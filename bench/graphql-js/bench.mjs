// The GraphQL workloads of bench/Platform.Benchmarks/GraphQLBenchmarks.cs, run by graphql-js 16
// on the same machine, so the C# figures have a baseline measured in the same run.
//   cd bench/graphql-js && npm ci && node bench.mjs [seconds-per-workload]
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate } from 'graphql';
import { loadData, bindResolvers } from './shop.mjs';

const dir = new URL('../graphql/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dir), 'utf8');

const schema = buildSchema(read('schema.graphql'));
const data = loadData(JSON.parse(read('data.json')));
bindResolvers(schema, data);

const introspectionText = read('introspection.graphql');
const catalogueText = read('catalogue.graphql');
const variables = JSON.parse(read('variables.json'));
const introspection = parse(introspectionText);
const catalogue = parse(catalogueText);

for (const [name, document] of [['introspection', introspection], ['catalogue', catalogue]]) {
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${name} does not validate: ${errors.join('; ')}`);
  const result = execute({ schema, document, variableValues: variables, rootValue: data });
  if (result.errors) throw new Error(`${name} fails: ${JSON.stringify(result.errors)}`);
}

const seconds = Number(process.argv[2] ?? 3);
const workloads = {
  ParseIntrospection: () => parse(introspectionText),
  ValidateIntrospection: () => validate(schema, introspection),
  ExecuteIntrospection: () => execute({ schema, document: introspection, rootValue: data }),
  ParseCatalogue: () => parse(catalogueText),
  ValidateCatalogue: () => validate(schema, catalogue),
  ExecuteCatalogue: () => execute({ schema, document: catalogue, variableValues: variables, rootValue: data }),
};

// Warm up until the JIT settles, then time batches for the given seconds; report the median batch.
function measure(fn) {
  let batch = 1;
  for (let start = performance.now(); performance.now() - start < 1000;) {
    for (let i = 0; i < batch; i++) fn();
    if (batch < 1 << 16) batch *= 2;
  }
  const target = performance.now() + seconds * 1000;
  const perOp = [];
  while (performance.now() < target) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    perOp.push(Number(process.hrtime.bigint() - start) / batch);
    batch = Math.max(1, Math.round(batch * (20e6 / (perOp.at(-1) * batch)))); // aim for 20 ms batches
  }
  perOp.sort((a, b) => a - b);
  return perOp[Math.floor(perOp.length / 2)];
}

const rows = [];
for (const [name, fn] of Object.entries(workloads)) {
  const ns = measure(fn);
  rows.push({ workload: name, 'ns/op': Math.round(ns), 'ops/s': Math.round(1e9 / ns) });
}

console.log(`graphql-js ${(await import('graphql')).version}, node ${process.version}`);
console.table(rows);
