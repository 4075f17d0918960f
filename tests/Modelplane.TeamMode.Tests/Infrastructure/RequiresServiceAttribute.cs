namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>
/// Marks a test class whose every test needs <see cref="Service"/>. <see cref="ServiceAwareTestFramework"/>
/// reports its tests as skipped, with the reason, when the server is not configured — including
/// tests inherited from a shared suite, which carry plain <c>[Fact]</c> attributes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresServiceAttribute(TestService service) : Attribute
{
    public TestService Service { get; } = service;
}
