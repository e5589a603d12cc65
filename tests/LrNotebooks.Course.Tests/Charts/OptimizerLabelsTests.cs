using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Course.Tests.Charts;

public sealed class OptimizerLabelsTests
{
    public static TheoryData<string, string> Labels => new()
    {
        { Optimizer.Sgd(0.45).Name, "SGD, η = 0.45" },
        { Optimizer.Sgd(0.001, momentum: 0.9).Name, "SGD, η = 0.001, momentum 0.9" },
        { Optimizer.Sgd(0.01, momentum: 0.9, nesterov: true).Name, "SGD, η = 0.01, momentum 0.9, Nesterov" },
        { Optimizer.Adam(0.1).Name, "Adam, η = 0.1" },
        { Optimizer.Adam(0.1, amsgrad: true).Name, "Adam, η = 0.1, AMSGrad" },
        { Optimizer.RmsProp(0.05).Name, "RMSProp, η = 0.05" },
        { Optimizer.Adagrad(0.5).Name, "AdaGrad, η = 0.5" },
        { Optimizer.Sgd(new CosineSchedule(0.1, 10), momentum: 0.9).Name, "SGD, η: cosine(lr=0.1, T_max=10), momentum 0.9" },
        { "MLP 64-32-10, SGD(lr=0.003, momentum=0.9)", "MLP 64-32-10, SGD, η = 0.003, momentum 0.9" },
        { "MLP 64-64-10, SGD(lr=cosine(lr=0.1, T_max=10), momentum=0.9)", "MLP 64-64-10, SGD, η: cosine(lr=0.1, T_max=10), momentum 0.9" },
        { "a, b, c", "a, b, c" },
        { "η = 0.45", "η = 0.45" },
        { "cosine(lr=0.1, T_max=10)", "cosine(lr=0.1, T_max=10)" },
        { "SGD(lr=0.1", "SGD(lr=0.1" },
        { "SGD(momentum=0.9)", "SGD(momentum=0.9)" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void PlainWordsForTheLibrarysLabels(string label, string plain) =>
        Assert.Equal(plain, OptimizerLabels.Plain(label));

    [Fact]
    public void TheStyleStillFollowsTheAlgorithm()
    {
        foreach (var optimizer in new Optimizer[] { Optimizer.Sgd(0.1), Optimizer.Sgd(0.1, momentum: 0.9), Optimizer.Adam(0.1), Optimizer.AdamW(0.1), Optimizer.RmsProp(0.1), Optimizer.Adagrad(0.1) })
            Assert.Equal(NamedStyles.Optimizer(optimizer.Name), NamedStyles.Optimizer(OptimizerLabels.Plain(optimizer.Name)));
    }
}
