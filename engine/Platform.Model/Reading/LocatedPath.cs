using Platform.Model.Diagnostics;

namespace Platform.Model.Reading;

/// <summary>Where in the manifests a logical path of the model was declared.</summary>
/// <param name="Key">The logical path, e.g. <c>entity:Item/field:price/type</c> (see <see cref="ManifestLocations"/>).</param>
/// <param name="Location">The position of the declaring node.</param>
public sealed record LocatedPath(string Key, SourceLocation Location);
