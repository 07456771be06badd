using Chancery.Domain;

namespace Chancery.Extraction.Recognition.Places;

/// <summary>A place named at tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>): the places of the gazetteer it may be, most likely first.</summary>
internal sealed record PlaceMention(int FirstToken, int EndToken, IReadOnlyList<City> Candidates)
{
    public City Best => Candidates[0];
}
