using System.Globalization;

namespace LrNotebooks.Course;

/// <summary>
/// The course's explorables: one method per lesson figure with controls, each a few runs of the library computed
/// in advance (see <see cref="Explorable"/>). Every value on a control is a run of its own; nothing is interpolated.
/// </summary>
public static partial class Explorables
{
    private static string F(double value, string format = "G3") => value.ToString(format, CultureInfo.InvariantCulture);
}
