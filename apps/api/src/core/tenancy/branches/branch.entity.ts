import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BranchAreaKind } from '@passerelle/domain';
import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { Structure } from '../structures/structure.entity';
import { IdField, VersionField } from '../../database/columns';

registerEnumType(BranchAreaKind, { name: 'BranchAreaKind' });

/** An "antenne" of a structure, and the communes or districts it covers. */
@ObjectType()
@Entity('branches')
@Unique('UQ_branches_structure_code', ['structureId', 'code'])
export class Branch {
  @IdField() id!: string;

  @Field(() => ID) @Index() @Column('uuid') structureId!: string;
  @ManyToOne(() => Structure, { onDelete: 'CASCADE' }) structure?: Relation<Structure>;

  @Field() @Column() name!: string;
  @Field({ description: 'Code court de l’antenne, unique dans la structure.' }) @Column() code!: string;

  @Field(() => [BranchArea])
  @OneToMany(() => BranchArea, (area) => area.branch, { cascade: true })
  areas!: Relation<BranchArea>[];

  @VersionField() version!: number;
}

/**
 * One commune (INSEE code) or district covered by a branch. A given area belongs to at most one branch of a
 * structure, so a participant's address designates one branch.
 */
@ObjectType()
@Entity('branch_areas')
@Unique('UQ_branch_areas_structure_kind_code', ['structureId', 'kind', 'code'])
export class BranchArea {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index() @Column('uuid') branchId!: string;
  @ManyToOne(() => Branch, (branch) => branch.areas, { onDelete: 'CASCADE' }) branch?: Relation<Branch>;

  @Column('uuid') structureId!: string;

  @Field(() => BranchAreaKind)
  @Column({ type: 'enum', enum: BranchAreaKind, enumName: 'branch_area_kind' })
  kind!: BranchAreaKind;
  @Field({ description: 'Code INSEE de la commune ou code de l’arrondissement / quartier.' }) @Column() code!: string;
  @Field() @Column() label!: string;
}
