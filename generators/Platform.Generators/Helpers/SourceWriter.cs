using System.Text;

namespace Platform.Generators.Helpers;

/// <summary>An indented text builder for generated C# (Roslyn cookbook: build text, not syntax trees).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text).Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Summary(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return this;
        }

        var lines = text!.Trim().Split('\n');
        if (lines.Length == 1)
        {
            return Line($"/// <summary>{Escape(lines[0].Trim())}</summary>");
        }

        Line("/// <summary>");
        foreach (var line in lines)
        {
            Line($"/// {Escape(line.TrimEnd())}");
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _builder.ToString();

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
