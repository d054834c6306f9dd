#if NETSTANDARD2_0
using System.ComponentModel;

// netstandard2.0 lacks the types the compiler needs for records, init accessors and nullable
// flow attributes; declaring them internally is the documented way to use them there.
namespace System.Runtime.CompilerServices;

[EditorBrowsable(EditorBrowsableState.Never)]
internal static class IsExternalInit
{
}
#endif
