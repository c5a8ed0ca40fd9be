import {
  ArrayMaxSize,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { flattenValidationErrors } from './validation';

class Sample {
  @IsString() @MaxLength(5) line2 = 'trop long';
  @IsString() @MinLength(3) code = 'a';
  @Min(1) version = 0;
  @Max(100) percent = 120;
  @ArrayMaxSize(2) items = [1, 2, 3];
  @Matches(/^\d{5}$/) postalCode = 'abc';
  @IsOptional() @MaxLength(5, { message: 'Le nom fait au plus 5 caractères.' }) name = 'beaucoup trop long';
}

describe('validation messages', () => {
  it('says in French what a bounded constraint expects, with its bound, and keeps our own messages', () => {
    expect(flattenValidationErrors(validateSync(new Sample()))).toEqual({
      line2: 'Au plus 5 caractères.',
      code: 'Au moins 3 caractères.',
      version: 'La valeur doit être au moins 1.',
      percent: 'La valeur ne peut pas dépasser 100.',
      items: 'Au plus 2 éléments.',
      postalCode: 'Format invalide.',
      name: 'Le nom fait au plus 5 caractères.',
    });
  });
});
