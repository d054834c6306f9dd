using System.Text;

namespace Platform.Model.Sdl;

/// <summary>Prints generated types as SDL, two-space indented, one blank line between definitions.</summary>
public static class SdlPrinter
{
    /// <summary>The SDL of <paramref name="types"/>.</summary>
    public static string Print(IEnumerable<SdlType> types)
    {
        var builder = new StringBuilder();
        foreach (var type in types)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            AppendDescription(builder, type.Description, "");
            builder.Append(type.IsExtension ? "extend " : "")
                .Append(type.Kind switch { SdlTypeKind.Input => "input", SdlTypeKind.Enum => "enum", _ => "type" })
                .Append(' ').Append(type.Name).Append(" {\n");
            foreach (var field in type.Fields)
            {
                AppendDescription(builder, field.Description, "  ");
                builder.Append("  ").Append(field.Name);
                if (field.Arguments.Length > 0)
                {
                    builder.Append('(').Append(field.Arguments).Append(')');
                }

                if (field.Type.Length > 0)
                {
                    builder.Append(": ").Append(field.Type);
                }

                builder.Append('\n');
            }

            builder.Append("}\n");
        }

        return builder.ToString();
    }

    private static void AppendDescription(StringBuilder builder, string? description, string indent)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return;
        }

        var text = description!.Trim();
        if (text.IndexOf('\n') >= 0 || text.IndexOf('"') >= 0)
        {
            builder.Append(indent).Append("\"\"\"\n");
            foreach (var line in text.Replace("\"\"\"", "\\\"\"\"").Split('\n'))
            {
                builder.Append(indent).Append(line.TrimEnd()).Append('\n');
            }

            builder.Append(indent).Append("\"\"\"\n");
        }
        else
        {
            builder.Append(indent).Append('"').Append(text.Replace("\\", "\\\\")).Append("\"\n");
        }
    }
}
