namespace Modelplane.Cli.Init;

/// <summary>How an option is asked.</summary>
internal enum TemplateOptionKind
{
    /// <summary>Free text, with a default.</summary>
    Text,

    /// <summary>One of a list (a selection prompt).</summary>
    Choice,

    /// <summary>Yes or no (a confirmation prompt).</summary>
    Bool,
}
