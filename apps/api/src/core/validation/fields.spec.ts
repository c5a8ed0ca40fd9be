import 'reflect-metadata';
import { Field, ID, InputType } from '@nestjs/graphql';
import { plainToInstance, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { flattenValidationErrors } from '../graphql/validation';
import { IsCalendarDate } from './calendar-date.validator';
import {
  NestedList,
  OptionalDay,
  OptionalEmail,
  OptionalEnum,
  OptionalId,
  OptionalNested,
  OptionalNestedList,
  OptionalPhone,
  OptionalString,
  OptionalText,
  PHONE,
  RequiredText,
} from './fields';

enum Colour {
  RED = 'RED',
  BLUE = 'BLUE',
}

@InputType('FieldsSpecItem')
class Item {
  @Field() @IsString() @IsNotEmpty({ message: 'Le libellé est obligatoire.' }) label!: string;
}

/** The decorators stacked by hand, as the input types wrote them before the composites. */
@InputType('FieldsSpecByHand')
class ByHand {
  @Field(() => Item, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => Item) nested?: Item | null;
  @Field(() => [Item]) @IsArray() @ArrayMaxSize(2) @ValidateNested({ each: true }) @Type(() => Item) list!: Item[];
  @Field(() => [Item], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => Item)
  optionalList?: Item[] | null;
  @Field(() => Colour, { nullable: true }) @IsOptional() @IsEnum(Colour) colour?: Colour | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Antenne inconnue.' }) id?: string;
  @Field({ nullable: true }) @IsOptional() @IsCalendarDate({ message: 'Début invalide.' }) day?: string;
  @Field() @IsString() @IsNotEmpty({ message: 'Le nom est obligatoire.' }) @MaxLength(5) name!: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Le titre est obligatoire.' })
  @MaxLength(5)
  title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5) note?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Numéro de téléphone invalide (ex. 06 12 34 56 78).' })
  phone?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254)
  email?: string | null;
}

@InputType('FieldsSpecComposite')
class Composite {
  @OptionalNested(() => Item) nested?: Item | null;
  @NestedList(() => Item, 2) list!: Item[];
  @OptionalNestedList(() => Item, 2) optionalList?: Item[] | null;
  @OptionalEnum(Colour) colour?: Colour | null;
  @OptionalId('Antenne inconnue.') id?: string;
  @OptionalDay('Début invalide.') day?: string;
  @RequiredText(5, 'Le nom est obligatoire.') name!: string;
  @OptionalText(5, 'Le titre est obligatoire.') title?: string;
  @OptionalString(5) note?: string | null;
  @OptionalPhone() phone?: string | null;
  @OptionalEmail() email?: string | null;
}

const errors = (type: new () => object, plain: object) =>
  flattenValidationErrors(validateSync(plainToInstance(type, plain), { whitelist: true, forbidNonWhitelisted: true }));

describe('composite field decorators', () => {
  const inputs: object[] = [
    { list: [], name: 'Ana' },
    {
      nested: { label: 'a' },
      list: [{ label: 'x' }],
      optionalList: null,
      colour: Colour.RED,
      id: '6f1c1a52-3b0e-4c55-9d1c-3a8a7a2b9f10',
      day: '2026-02-28',
      name: 'Ana',
      title: 'Un',
      note: '',
      phone: '06 12 34 56 78',
      email: 'ana@example.fr',
    },
    {
      nested: { label: '' },
      list: [{ label: '' }, { label: 'b' }, { label: 'c' }],
      optionalList: 'pas une liste',
      colour: 'GREEN',
      id: 'pas-un-uuid',
      day: '2026-02-30',
      name: '',
      title: '',
      note: null,
      phone: '12 34',
      email: 'pas-une-adresse',
    },
    {
      nested: 'x',
      list: 'x',
      name: 42,
      title: 'beaucoup trop long',
      note: 'beaucoup trop long',
      email: `${'a'.repeat(250)}@example.fr`,
    },
    {
      list: [{ label: 'x', extra: 1 }],
      name: 'beaucoup trop long',
      title: 7,
      note: 7,
      phone: '+33 6 12 34 56 78',
      email: null,
    },
  ];

  it.each(inputs.map((input) => [JSON.stringify(input), input]))(
    'answer %s with the same messages as the decorators stacked by hand',
    (_label, input) => {
      expect(errors(Composite, input)).toEqual(errors(ByHand, input));
    },
  );

  it('refuses bad values with the messages a user reads', () => {
    expect(errors(Composite, inputs[2])).toMatchObject({
      'nested.label': 'Le libellé est obligatoire.',
      'list.0.label': 'Le libellé est obligatoire.',
      colour: 'Valeur non autorisée.',
      id: 'Antenne inconnue.',
      day: 'Début invalide.',
      name: 'Le nom est obligatoire.',
      title: 'Le titre est obligatoire.',
      phone: 'Numéro de téléphone invalide (ex. 06 12 34 56 78).',
      email: 'Adresse e-mail invalide.',
    });
    expect(errors(Composite, inputs[1])).toEqual({});
  });
});
