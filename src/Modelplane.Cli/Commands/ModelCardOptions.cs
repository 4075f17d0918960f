using System.CommandLine;
using Modelplane.Models;

namespace Modelplane.Cli.Commands;

/// <summary>The model-card options shared by <c>model register</c> and <c>model update</c> (ZenML's names and short forms).</summary>
internal sealed class ModelCardOptions
{
    private readonly Option<string?> _license = new("--license", "-l") { Description = "The license the model is shared under." };
    private readonly Option<string?> _description = new("--description", "-d") { Description = "What the model does." };
    private readonly Option<string?> _audience = new("--audience", "-a") { Description = "Who the model is for." };
    private readonly Option<string?> _useCases = new("--use-cases", "-u") { Description = "What the model may be used for." };
    private readonly Option<string?> _tradeOffs = new("--tradeoffs") { Description = "Trade-offs made when building it." };
    private readonly Option<string?> _ethics = new("--ethical", "-e") { Description = "Ethical considerations." };
    private readonly Option<string?> _limitations = new("--limitations") { Description = "Known limitations." };
    private readonly Option<string[]> _tag = new("--tag", "-t") { Description = "A tag to add (repeatable)." };
    private readonly Option<string[]> _removeTag = new("--remove-tag", "-r") { Description = "A tag to remove (repeatable)." };

    public void AddTo(Command command, bool includeRemoveTag)
    {
        command.Options.Add(_license);
        command.Options.Add(_description);
        command.Options.Add(_audience);
        command.Options.Add(_useCases);
        command.Options.Add(_tradeOffs);
        command.Options.Add(_ethics);
        command.Options.Add(_limitations);
        command.Options.Add(_tag);
        if (includeRemoveTag)
        {
            command.Options.Add(_removeTag);
        }
    }

    /// <summary>A new model's spec from the given options.</summary>
    public ModelSpec ToSpec(ParseResult parse, string name) => new(name)
    {
        License = parse.GetValue(_license),
        Description = parse.GetValue(_description),
        Audience = parse.GetValue(_audience),
        UseCases = parse.GetValue(_useCases),
        TradeOffs = parse.GetValue(_tradeOffs),
        Ethics = parse.GetValue(_ethics),
        Limitations = parse.GetValue(_limitations),
        Tags = (parse.GetValue(_tag) ?? []).Distinct(StringComparer.Ordinal).ToList(),
    };

    /// <summary>The changes the given options ask for; options not given keep their value.</summary>
    public ModelUpdate ToUpdate(ParseResult parse) => new()
    {
        License = parse.GetValue(_license),
        Description = parse.GetValue(_description),
        Audience = parse.GetValue(_audience),
        UseCases = parse.GetValue(_useCases),
        TradeOffs = parse.GetValue(_tradeOffs),
        Ethics = parse.GetValue(_ethics),
        Limitations = parse.GetValue(_limitations),
        AddTags = parse.GetValue(_tag) ?? [],
        RemoveTags = parse.GetValue(_removeTag) ?? [],
    };
}
