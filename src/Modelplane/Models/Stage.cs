namespace Modelplane.Models;

/// <summary>
/// The lifecycle stage of a model version. <c>latest</c> is not a stage: it is a lookup
/// (<see cref="VersionSelector.Latest"/>) and can never be the target of a move.
/// </summary>
public enum Stage
{
    /// <summary>No stage; every new version starts here. Any number of versions may be in it.</summary>
    None,

    /// <summary>Candidate for production. At most one version of a model holds it.</summary>
    Staging,

    /// <summary>Serving. At most one version of a model holds it.</summary>
    Production,

    /// <summary>Retired. Any number of versions may be archived.</summary>
    Archived,
}
