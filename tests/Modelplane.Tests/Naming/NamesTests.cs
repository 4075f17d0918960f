using Modelplane.Errors;
using Modelplane.Naming;

namespace Modelplane.Tests.Naming;

public sealed class NamesTests
{
    [Theory]
    [InlineData("breast_cancer")]
    [InlineData("model-v2.1")]
    [InlineData("A")]
    public void Safe_names_are_accepted(string name)
    {
        Assert.Equal(name, Names.ValidateModelName(name));
        Assert.Equal(name, Names.ValidateArtifactName(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a..b")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("new\nline")]
    [InlineData("nul\0")]
    [InlineData("space name")]
    [InlineData("C:")]
    public void Names_that_could_escape_a_folder_or_confuse_a_shell_are_rejected(string name)
    {
        Assert.Throws<ValidationException>(() => Names.ValidateArtifactName(name));
    }

    [Fact]
    public void Overlong_names_are_rejected()
    {
        Assert.Throws<ValidationException>(() => Names.ValidateModelName(new string('a', Names.MaxLength + 1)));
    }

    [Fact]
    public void Control_characters_are_shown_readably_in_the_message()
    {
        var error = Assert.Throws<ValidationException>(() => Names.ValidateArtifactName("bad\u0007name"));

        Assert.Contains("U+0007", error.Message);
        Assert.DoesNotContain("\u0007", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("latest")]
    [InlineData("Staging")]
    [InlineData("0b6f4a2e-2d0c-4a9a-9d5e-1f2a3b4c5d6e")]
    public void Version_names_cannot_look_like_a_number_stage_or_id(string name)
    {
        var error = Assert.Throws<ValidationException>(() => Names.ValidateVersionName(name, "churn"));

        Assert.Contains("churn", error.Message);
    }
}
