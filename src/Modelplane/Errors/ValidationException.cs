namespace Modelplane.Errors;

/// <summary>Input that Modelplane refuses: a bad name, a reserved word, a stage that is not a target, a duplicate.</summary>
public class ValidationException : ModelplaneException
{
    /// <summary>Creates the exception with a message naming the offending value and the rule it breaks.</summary>
    public ValidationException(string message)
        : base(message)
    {
    }
}
