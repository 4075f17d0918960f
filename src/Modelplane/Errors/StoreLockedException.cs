namespace Modelplane.Errors;

/// <summary>
/// The metadata store stayed locked by another process or session for longer than the store waits
/// (SQLite's busy timeout): nothing was written. The message names the store and what to do.
/// </summary>
public class StoreLockedException : ModelplaneException
{
    /// <summary>Creates the exception for the store at <paramref name="location"/>, with a message for the user and the database's error.</summary>
    public StoreLockedException(string location, string message, Exception? innerException)
        : base(message, innerException)
    {
        Location = location;
    }

    /// <summary>The store that was locked (as in <see cref="Storage.IMetadataStore.Location"/>).</summary>
    public string Location { get; }
}
