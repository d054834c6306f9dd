// Runs the graphql-http server audits (the GraphQL-over-HTTP specification's MUST/SHOULD/MAY
// checks) against the URL in GRAPHQL_URL and prints one JSON line per audit.
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL;
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
process.stdout.write(JSON.stringify(results));
