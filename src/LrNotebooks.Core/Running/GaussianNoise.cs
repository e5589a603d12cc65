namespace LrNotebooks.Core.Running;

/// <summary>
/// Seeded standard normal numbers that are bit-identical on every machine and .NET version: Marsaglia's polar
/// method (Marsaglia &amp; Bray, "A convenient method for generating normal variables", SIAM Review 6(3), 1964) on the
/// uniform numbers of <c>new Random(seed)</c>, with a logarithm computed here from IEEE-exact operations only
/// (the platform's <see cref="Math.Log(double)"/> may differ in the last bit between C runtimes).
/// </summary>
/// <remarks>Not thread-safe: use one instance per run.</remarks>
public sealed class GaussianNoise
{
    private const double Ln2 = 0.6931471805599453;
    private readonly Random _uniform;
    private double _spare;
    private bool _hasSpare;

    /// <summary>Creates the generator.</summary>
    /// <param name="seed">Any integer; equal seeds give equal sequences.</param>
    public GaussianNoise(int seed) => _uniform = new Random(seed);

    /// <summary>The next N(0, 1) number. The polar method makes them in pairs; the second is kept for the next call.</summary>
    public double Next()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }
        double u, v, s;
        do
        {
            u = 2 * _uniform.NextDouble() - 1;
            v = 2 * _uniform.NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        double factor = Math.Sqrt(-2 * Log(s) / s); // Math.Sqrt is correctly rounded by IEEE 754
        _spare = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    /// <summary>Fills <paramref name="destination"/> with the next N(0, 1) numbers, in order.</summary>
    public void Fill(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++) destination[i] = Next();
    }

    /// <summary>
    /// ln s for a positive normal double: s = m 2^e with m ∈ [√½, √2], then ln m = 2 atanh z = 2 (z + z³/3 + z⁵/5 + …)
    /// with z = (m − 1)/(m + 1), |z| &lt;= 0.172, summed to 13 terms (remainder &lt; 1e-20). Within a few units in the
    /// last place of the true value; only +, −, ×, ÷, which IEEE 754 makes identical everywhere.
    /// </summary>
    internal static double Log(double s)
    {
        long bits = BitConverter.DoubleToInt64Bits(s);
        int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > 1.4142135623730951)
        {
            m *= 0.5;
            exponent++;
        }
        double z = (m - 1) / (m + 1), z2 = z * z, sum = 0;
        for (int k = 25; k >= 1; k -= 2) sum = sum * z2 + 1.0 / k;
        return exponent * Ln2 + 2 * z * sum;
    }
}
