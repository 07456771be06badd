namespace Chancery.App;

public enum OpenMode
{
    /// <summary>Use the store that is there. Only the default location is created on first use, with the demo data.</summary>
    Existing,

    /// <summary>Create an empty store with the reference data where there is none (<c>chancery init</c>).</summary>
    Initialise,
}
