namespace Platform.Model.Sdl;

/// <summary>The kinds of generated type definitions.</summary>
public enum SdlTypeKind
{
    /// <summary><c>type</c>.</summary>
    ObjectType,

    /// <summary><c>input</c>.</summary>
    Input,

    /// <summary><c>enum</c>.</summary>
    Enum,
}
