using System.Reflection;
using System.Reflection.Emit;

namespace Modelplane.Caching;

/// <summary>Decodes the opcodes of a method body's IL, enough to walk it instruction by instruction.</summary>
internal static class IlOpCodes
{
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static IlOpCodes()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode opCode)
            {
                continue;
            }

            var value = (ushort)opCode.Value;
            if (opCode.Size == 1)
            {
                OneByte[value] = opCode;
            }
            else
            {
                TwoByte[value & 0xFF] = opCode;
            }
        }
    }

    /// <summary>Reads the opcode at <paramref name="position"/> and moves past it.</summary>
    public static OpCode Read(byte[] il, ref int position)
    {
        var first = il[position++];
        return first == 0xFE ? TwoByte[il[position++]] : OneByte[first];
    }

    /// <summary>The size in bytes of the operand that starts at <paramref name="position"/>.</summary>
    public static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

    /// <summary>Whether the operand is a metadata token (a member, type, string or signature reference).</summary>
    public static bool IsMetadataToken(OperandType operandType) => operandType is OperandType.InlineField
        or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok
        or OperandType.InlineString or OperandType.InlineSig;
}
