using System.Net;
using System.Net.Sockets;

namespace Chancery.App.Fetching;

/// <summary>Tells the public internet from loopback, private, link-local and other addresses a fetch must not reach unasked.</summary>
public static class PublicAddress
{
    public static bool Is(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            // Unique local (fc00::/7), link-local and site-local (fe80::/10, fec0::/10), multicast (ff00::/8).
            return (first & 0xFE) != 0xFC && first != 0xFE && first != 0xFF;
        }
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] == 127 || b[0] >= 224
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127));
    }
}
