// The npm graphql-sse client (distinct connections mode), unchanged, against GRAPHQL_SSE_URL:
// a subscription, a query and a validation error; prints what it saw as JSON.
import { createClient } from 'graphql-sse';

const client = createClient({ url: process.env.GRAPHQL_SSE_URL, retryAttempts: 0 });

async function collect(query) {
  const results = [];
  for await (const result of client.iterate({ query })) {
    results.push(result);
  }
  return results;
}

const ticks = await collect('subscription { ticks(count: 3) }');
const hello = await collect('{ hello(name: "SSE") }');
const invalid = await collect('{ nope }');
client.dispose();
process.stdout.write(JSON.stringify({ ticks, hello, invalid: invalid.map((r) => r.errors[0].extensions.code) }));
