namespace Platform.Model.Reading;

/// <summary>A manifest's text and the path diagnostics name.</summary>
/// <param name="Path">The path, as the caller wants it shown (absolute in builds, relative in the CLI).</param>
/// <param name="Text">The file's content.</param>
public sealed record ManifestFile(string Path, string Text);
