namespace Modelplane.Errors;

/// <summary>
/// The base of every error Modelplane raises on purpose. The message always names the thing
/// involved (model, version, artifact, file) and, where there is one, what to do about it.
/// </summary>
public class ModelplaneException : Exception
{
    /// <summary>Creates the exception with a message for the user.</summary>
    public ModelplaneException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the user and the underlying cause.</summary>
    public ModelplaneException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
