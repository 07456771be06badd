namespace Chancery.Extraction.Assembly;

/// <summary>The people a pass over a draft's segments has met, in room the caller gives (on the stack): a few, searched through.</summary>
internal ref struct SeenPeople(Span<int> room)
{
    private readonly Span<int> ids = room;
    private int count;

    /// <summary>Adds the person; false when they were met before.</summary>
    public bool Add(int id)
    {
        if (ids[..count].Contains(id))
        {
            return false;
        }
        ids[count++] = id;
        return true;
    }
}
