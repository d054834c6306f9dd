using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>The spec's example schema (§ 5 "Validation") and assertions over one rule or all of them.</summary>
internal static class ValidationHarness
{
    public const string Sdl = """
        type Query { dog: Dog findDog(searchBy: FindDogInput): Dog human: Human pet: Pet catOrDog: CatOrDog arguments: Arguments booleanList(booleanListArg: [Boolean]): Boolean }
        type Mutation { mutateDog: Dog }
        type Subscription { newMessage: Message disallowedSecondRootField: Boolean }
        type Message { body: String sender: String }
        enum DogCommand { SIT DOWN HEEL }
        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrainedIn(atOtherHomes: Boolean = true): Boolean!
          owner: Human
        }
        interface Sentient { name: String! }
        interface Pet { name: String! }
        type Alien implements Sentient { name: String! homePlanet: String }
        type Human implements Sentient { name: String! pets: [Pet!] }
        enum CatCommand { JUMP }
        type Cat implements Pet { name: String! nickname: String doesKnowCommand(catCommand: CatCommand!): Boolean! meowVolume: Int }
        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        input FindDogInput @oneOf { name: String owner: String }
        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          complexArgField(complexArg: ComplexInput): String
        }
        input ComplexInput { requiredField: Boolean! intField: Int stringField: String nested: ComplexInput }
        directive @onField on FIELD
        directive @repeatable repeatable on FIELD
        """;

    public static Schema Schema { get; } = new SchemaBuilder().AddTypeDefinitions(Sdl).Build();

    public static IReadOnlyList<string> Errors<TRule>(string document)
        where TRule : ValidationRule, new() =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), [() => new TRule()]).Select(e => e.ToString()).ToList();

    public static IReadOnlyList<string> AllErrors(string document) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document)).Select(e => e.ToString()).ToList();

    public static void ExpectValid<TRule>(string document)
        where TRule : ValidationRule, new() => Assert.Empty(Errors<TRule>(document));

    public static void ExpectErrors<TRule>(string document, params string[] errors)
        where TRule : ValidationRule, new() => Assert.Equal(errors, Errors<TRule>(document));
}
