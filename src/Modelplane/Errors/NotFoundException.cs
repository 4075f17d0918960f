namespace Modelplane.Errors;

/// <summary>A model, version, stage holder, artifact, run or materializer that was asked for does not exist.</summary>
public class NotFoundException : ModelplaneException
{
    /// <summary>Creates the exception with a message naming what was asked for and where.</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }
}
