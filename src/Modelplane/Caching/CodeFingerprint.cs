using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Security.Cryptography;
using System.Text;

namespace Modelplane.Caching;

/// <summary>
/// A SHA-256 fingerprint of a step type's code: the IL of every method and constructor it declares,
/// including its nested types (the compiler puts async state machines, lambdas and their closures
/// there). Metadata tokens in the IL are replaced by the names of what they point to, so the
/// fingerprint does not change when unrelated code elsewhere in the assembly shifts the tokens.
/// </summary>
/// <remarks>
/// Code the step calls outside its own type (helpers, libraries) is not part of the fingerprint;
/// give such steps an explicit <c>[StepVersion]</c> and bump it when a helper's behaviour changes.
/// Debug and Release builds produce different IL, so switching configurations misses the cache once.
/// </remarks>
internal static class CodeFingerprint
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static
        | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly ConcurrentDictionary<Type, string> Cache = new();

    /// <summary>The fingerprint of <paramref name="type"/>, computed once per process.</summary>
    public static string Of(Type type) => Cache.GetOrAdd(type, Compute);

    private static string Compute(Type type)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new FingerprintWriter(hash, Describe(type));
        AppendType(type, writer);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendType(Type type, FingerprintWriter hash)
    {
        Append(hash, "type " + Describe(type));
        var members = type.GetMethods(Declared).Cast<MethodBase>()
            .Concat(type.GetConstructors(Declared))
            .Select(method => (Signature: DescribeMethod(method), Method: method))
            .OrderBy(member => member.Signature, StringComparer.Ordinal);
        foreach (var (signature, method) in members)
        {
            Append(hash, "method " + signature);
            AppendBody(method, hash);
        }

        foreach (var nested in type.GetNestedTypes(Declared).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            AppendType(nested, hash);
        }
    }

    private static void AppendBody(MethodBase method, FingerprintWriter hash)
    {
        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (body is null || il is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Append(hash, "local " + Describe(local.LocalType));
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            var catchType = clause.Flags == ExceptionHandlingClauseOptions.Clause ? Describe(clause.CatchType!) : "";
            Append(hash, $"try {clause.Flags} {clause.TryOffset} {clause.TryLength} {clause.HandlerOffset} {clause.HandlerLength} {catchType}");
        }

        AppendInstructions(method, il, hash);
    }

    private static void AppendInstructions(MethodBase method, byte[] il, FingerprintWriter hash)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var opCode = IlOpCodes.Read(il, ref position);
            Append(hash, opCode.Name!);
            var operandSize = IlOpCodes.OperandSize(opCode, il, position);
            if (IlOpCodes.IsMetadataToken(opCode.OperandType))
            {
                var token = BitConverter.ToInt32(il, position);
                Append(hash, ResolveToken(method.Module, opCode.OperandType, token, typeArguments, methodArguments));
            }
            else
            {
                hash.AppendData(il, position, operandSize);
            }

            position += operandSize;
        }
    }

    private static string ResolveToken(Module module, OperandType operandType, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return operandType == OperandType.InlineString
                ? "\"" + module.ResolveString(token) + "\""
                : module.ResolveMember(token, typeArguments, methodArguments) switch
                {
                    MethodBase target => DescribeMethod(target),
                    FieldInfo field => Describe(field.DeclaringType!) + "::" + field.Name + ":" + Describe(field.FieldType),
                    Type target => Describe(target),
                    var member => member?.ToString() ?? "?",
                };
        }
        catch (ArgumentException)
        {
            // Stand-alone signatures (calli) cannot be resolved to a member; their token is stable enough for that rare case.
            return "token " + token.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static string DescribeMethod(MethodBase method)
    {
        var builder = new StringBuilder();
        builder.Append(method.DeclaringType is null ? "" : Describe(method.DeclaringType)).Append("::").Append(method.Name);
        if (method.IsGenericMethod)
        {
            builder.Append('<').AppendJoin(',', method.GetGenericArguments().Select(Describe)).Append('>');
        }

        builder.Append('(').AppendJoin(',', method.GetParameters().Select(p => Describe(p.ParameterType))).Append(')');
        if (method is MethodInfo info)
        {
            builder.Append(':').Append(Describe(info.ReturnType));
        }

        return builder.ToString();
    }

    private static string Describe(Type type) => type.FullName ?? type.ToString();

    private static void Append(FingerprintWriter hash, string text) => hash.Append(text);

    /// <summary>
    /// Feeds text into the hash with the step type's own full name replaced by <c>&lt;step&gt;</c>,
    /// so moving or renaming a step class keeps its fingerprint: only its code counts.
    /// </summary>
    private sealed class FingerprintWriter(IncrementalHash hash, string stepTypeName)
    {
        public void Append(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text.Replace(stepTypeName, "<step>", StringComparison.Ordinal)));
            hash.AppendData("\n"u8);
        }

        public void AppendData(byte[] data, int offset, int count) => hash.AppendData(data, offset, count);
    }
}
