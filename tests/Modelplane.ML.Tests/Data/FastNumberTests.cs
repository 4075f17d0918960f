using System.Globalization;
using Modelplane.ML.Data;

namespace Modelplane.ML.Tests.Data;

public sealed class FastNumberTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("17.99")]
    [InlineData(" 0.07871 ")]
    [InlineData("+1.5e3")]
    [InlineData("6.02E23")]
    [InlineData("1e-22")]
    [InlineData("1e-300")]
    [InlineData("123456789012345678")]
    [InlineData("0.1000000000000000055511151231257827")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1,5")]
    [InlineData("1e")]
    [InlineData(".")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("")]
    public void Agrees_with_double_TryParse(string text)
    {
        var expectedOk = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

        var ok = FastNumber.TryParse(text, out var value);

        Assert.Equal(expectedOk, ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void Agrees_with_double_TryParse_bit_for_bit_on_random_decimals()
    {
        var random = new Random(3);
        for (var i = 0; i < 200_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 12));
            var text = value.ToString(random.Next(3) switch { 0 => "G6", 1 => "R", _ => "E10" }, CultureInfo.InvariantCulture);
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

            Assert.True(FastNumber.TryParse(text, out var parsed), text);
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(parsed), text);
        }
    }
}
