using System.Globalization;
using System.Text;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Builds an optimizer's legend label, e.g. <c>Adam(lr=0.01, amsgrad)</c>: the learning rate (or the schedule's
/// name), then only the hyper-parameters that differ from their defaults, so labels stay short on charts.
/// </summary>
internal sealed class OptimizerLabel
{
    private readonly StringBuilder _text = new();

    private OptimizerLabel(string algorithm, Schedule learningRate)
    {
        _text.Append(algorithm).Append('(');
        _text.Append(learningRate is ConstantSchedule constant
            ? string.Create(CultureInfo.InvariantCulture, $"lr={constant.LearningRate:G4}")
            : $"lr={learningRate.Name}");
    }

    internal static OptimizerLabel Start(string algorithm, Schedule learningRate) => new(algorithm, learningRate);

    /// <summary>Appends <c>name=value</c> when <paramref name="value"/> differs from <paramref name="defaultValue"/>.</summary>
    internal OptimizerLabel With(string name, double value, double defaultValue)
    {
        if (value != defaultValue) _text.Append(", ").Append(name).Append('=').Append(value.ToString("G4", CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends the flag's name when it is set.</summary>
    internal OptimizerLabel With(string flag, bool value)
    {
        if (value) _text.Append(", ").Append(flag);
        return this;
    }

    public override string ToString() => _text + ")";
}
