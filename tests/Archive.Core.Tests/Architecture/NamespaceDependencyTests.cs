using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Archive.Core.Tests.Architecture;

/// <summary>
/// The cache is a layer: it wraps the modules (CacheCaptures) and implements the contract they own for reusing the
/// last build (Modules.IPreviousBuild), and nothing it wraps depends on it. Read from Archive.Core's compiled IL:
/// signatures, base types, interfaces and every type, method and field a method body names.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, ImmutableSortedSet<string>>> Graph = new(ReadGraph);

    [Theory]
    [InlineData("Modules")]
    [InlineData("Rendering")]
    [InlineData("Output")]
    [InlineData("Engine")]
    public void Nothing_the_cache_wraps_reaches_the_cache(string layer)
    {
        Assert.DoesNotContain("Caching", Reachable(layer));
    }

    [Fact]
    public void The_cache_depends_on_the_layers_it_wraps()
    {
        // The test can fail: the reading finds the dependencies the cache does have.
        Assert.Contains("Modules", Graph.Value["Caching"]);
        Assert.Contains("Engine", Graph.Value["Caching"]);
        Assert.Contains("Caching", Graph.Value["Pipelines"]);
    }

    private static ImmutableSortedSet<string> Reachable(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(Graph.Value.GetValueOrDefault(from, []));
        while (queue.TryDequeue(out var next))
        {
            if (next != from && seen.Add(next))
            {
                foreach (var further in Graph.Value.GetValueOrDefault(next, []))
                {
                    queue.Enqueue(further);
                }
            }
        }

        return [.. seen];
    }

    /// <summary>Archive.Core's first-level namespaces (Caching, Modules, ...) and those each one's types use.</summary>
    private static IReadOnlyDictionary<string, ImmutableSortedSet<string>> ReadGraph()
    {
        using var stream = File.OpenRead(typeof(Archive.Core.Engine.Document).Assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var provider = new NamespaceProvider(reader);
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var from = provider.LayerOf(handle);
            if (from is null)
            {
                continue;
            }

            var used = edges.TryGetValue(from, out var set) ? set : edges[from] = new HashSet<string>(StringComparer.Ordinal);
            void Add(IEnumerable<string> layers) => used.UnionWith(layers);
            if (!type.BaseType.IsNil)
            {
                Add(provider.Of(type.BaseType));
            }

            foreach (var i in type.GetInterfaceImplementations())
            {
                Add(provider.Of(reader.GetInterfaceImplementation(i).Interface));
            }

            foreach (var f in type.GetFields())
            {
                Add(reader.GetFieldDefinition(f).DecodeSignature(provider, null));
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                var signature = method.DecodeSignature(provider, null);
                Add(signature.ReturnType);
                foreach (var parameter in signature.ParameterTypes)
                {
                    Add(parameter);
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    foreach (var token in Tokens(pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!))
                    {
                        Add(provider.Of(MetadataTokens.EntityHandle(token)));
                    }
                }
            }
        }

        return edges.ToDictionary(e => e.Key, e => e.Value.Where(to => to != e.Key).ToImmutableSortedSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static readonly IReadOnlyDictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The metadata tokens an IL body names (types, methods, fields).</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        for (var i = 0; i < il.Length;)
        {
            var value = (short)il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    /// <summary>Decodes signatures into the Archive.Core layers (first-level namespaces) they name.</summary>
    private sealed class NamespaceProvider(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        private const string Root = "Archive.Core.";

        public string? LayerOf(TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            while (type.IsNested)
            {
                type = reader.GetTypeDefinition(type.GetDeclaringType());
            }

            var name = reader.GetString(type.Namespace);
            return name.StartsWith(Root, StringComparison.Ordinal) ? name[Root.Length..].Split('.')[0] : null;
        }

        public ImmutableArray<string> Of(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            HandleKind.FieldDefinition => Of(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()),
            HandleKind.MethodDefinition => Of(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()),
            HandleKind.MemberReference => Of(reader.GetMemberReference((MemberReferenceHandle)handle).Parent),
            HandleKind.MethodSpecification => [
                .. Of(reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
                .. reader.GetMethodSpecification((MethodSpecificationHandle)handle).DecodeSignature(this, null).SelectMany(a => a)],
            _ => [],
        };

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
            LayerOf(handle) is { } layer ? [layer] : [];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
    }
}
