namespace Modelplane.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Project_builds() => Assert.True(true);
}
