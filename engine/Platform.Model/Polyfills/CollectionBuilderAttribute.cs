#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

// Lets callers write collection expressions (`Fields = [a, b]`) for EquatableArray on netstandard2.0.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
internal sealed class CollectionBuilderAttribute : Attribute
{
    public CollectionBuilderAttribute(Type builderType, string methodName)
    {
        BuilderType = builderType;
        MethodName = methodName;
    }

    public Type BuilderType { get; }

    public string MethodName { get; }
}
#endif
