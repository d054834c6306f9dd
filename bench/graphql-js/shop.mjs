// The benchmark shop's data and resolvers for graphql-js: the same shapes and the same four
// argument-driven resolvers as GraphQLBenchmarks.cs; every other field uses the default resolver.

/** Links the {$user: i} and {$category: i} references of data.json to the shared objects. */
export function loadData(raw) {
  const link = (value) => {
    if (Array.isArray(value)) return value.map(link);
    if (value !== null && typeof value === 'object') {
      if ('$user' in value) return raw.users[value.$user];
      if ('$category' in value) return raw.categories[value.$category];
      for (const key of Object.keys(value)) value[key] = link(value[key]);
    }
    return value;
  };
  const shop = link(raw.shop);
  const products = link(raw.products);
  return { shop, products };
}

export function bindResolvers(schema, data) {
  const fields = (type) => schema.getType(type).getFields();
  fields('Query').shop.resolve = (_, { id }) => (id === data.shop.id ? data.shop : null);
  fields('Query').products.resolve = (_, { first, category }) =>
    (category == null ? data.products : data.products.filter((p) => p.category.id === category)).slice(0, first);
  fields('Product').reviews.resolve = (product, { first }) => product.reviews.slice(0, first);
  fields('User').avatar.resolve = (user, { size }) => `https://img.example/${user.id}?s=${size}`;
}
