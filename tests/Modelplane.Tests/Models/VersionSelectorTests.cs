using Modelplane.Errors;
using Modelplane.Models;

namespace Modelplane.Tests.Models;

public sealed class VersionSelectorTests
{
    [Theory]
    [InlineData("3", VersionSelectorKind.Number)]
    [InlineData(" 12 ", VersionSelectorKind.Number)]
    [InlineData("latest", VersionSelectorKind.Latest)]
    [InlineData("LATEST", VersionSelectorKind.Latest)]
    [InlineData("staging", VersionSelectorKind.Stage)]
    [InlineData("Production", VersionSelectorKind.Stage)]
    [InlineData("archived", VersionSelectorKind.Stage)]
    [InlineData("none", VersionSelectorKind.Stage)]
    [InlineData("my-name", VersionSelectorKind.Name)]
    [InlineData("v1.2", VersionSelectorKind.Name)]
    [InlineData("0b6f4a2e-2d0c-4a9a-9d5e-1f2a3b4c5d6e", VersionSelectorKind.Id)]
    public void Parse_tells_numbers_stages_latest_names_and_ids_apart(string text, VersionSelectorKind kind)
    {
        Assert.Equal(kind, VersionSelector.Parse(text).Kind);
    }

    [Fact]
    public void Parsed_selectors_carry_their_value_and_print_back_the_same_way()
    {
        Assert.Equal(3, VersionSelector.Parse("3").Number);
        Assert.Equal(Stage.Staging, VersionSelector.Parse("Staging").Stage);
        Assert.Equal("my-name", VersionSelector.Parse("my-name").Name);
        var id = Guid.NewGuid();
        Assert.Equal(id, VersionSelector.Parse(id.ToString()).Id);
        foreach (var text in new[] { "3", "staging", "latest", "my-name", id.ToString("D") })
        {
            Assert.Equal(text, VersionSelector.Parse(text).ToString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    public void Parse_rejects_empty_text_and_impossible_numbers(string text)
    {
        Assert.Throws<ValidationException>(() => VersionSelector.Parse(text));
    }

    [Fact]
    public void Latest_is_not_a_stage_a_version_can_be_moved_to()
    {
        var error = Assert.Throws<ValidationException>(() => Stages.ParseTarget("latest"));

        Assert.Contains("'latest'", error.Message);
        Assert.Equal(Stage.Production, Stages.ParseTarget("production"));
        Assert.Throws<ValidationException>(() => Stages.ParseTarget("prod"));
    }
}
