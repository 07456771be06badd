using System.Globalization;

namespace Chancery.Domain;

/// <summary>English ordinal numerals: 1st, 2nd, 3rd, 11th, 19th, 22nd.</summary>
public static class Ordinals
{
    public static string English(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
