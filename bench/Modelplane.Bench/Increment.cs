using Modelplane.Pipelines;

namespace Modelplane.Bench;

/// <summary>A trivial step: one small input, one small output. What remains of its cost is the engine's.</summary>
public sealed record Increment(Artifact<int> Value, int Position) : Step<Increment.Output>
{
    public sealed record Output(Artifact<int> Next);

    public static int Body(int value) => value + 1;

    protected override Output Run(StepContext context) => new(context.Output($"value_{Position}", Body(Value.Value)));
}

/// <summary>The first step of the chain: produces the seed value.</summary>
public sealed record Seed(int Start) : Step<Seed.Output>
{
    public sealed record Output(Artifact<int> Value);

    protected override Output Run(StepContext context) => new(context.Output("value_0", Start));
}
