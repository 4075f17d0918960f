using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Modelplane.TeamMode.Tests.Infrastructure.ServiceAwareTestFramework", "Modelplane.TeamMode.Tests")]

namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>
/// xunit's framework, except that the tests of a class marked <see cref="RequiresServiceAttribute"/>
/// are discovered as skipped (with <see cref="TestServices.SkipReason"/>) when the server is missing.
/// A plain <c>[Fact]</c> cannot skip itself at run time, and the conformance suite is shared with
/// the core tests, so the decision is made at discovery.
/// </summary>
public sealed class ServiceAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var skipReason = SkipReason(testMethod.TestClass.Class);
            if (skipReason is null || !IsTest(testMethod.Method))
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }

            var testCase = new XunitSkippedDataRowTestCase(
                DiagnosticMessageSink,
                discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(),
                testMethod,
                skipReason);
            return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
        }

        private static bool IsTest(IMethodInfo method) => method.GetCustomAttributes(typeof(FactAttribute)).Any();

        private static string? SkipReason(ITypeInfo type) => type.GetCustomAttributes(typeof(RequiresServiceAttribute))
            .Select(attribute => TestServices.SkipReason((TestService)attribute.GetConstructorArguments().First()))
            .FirstOrDefault(reason => reason is not null);
    }
}
