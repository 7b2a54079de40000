import { Money, Timeline } from '@dpo/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'initiatives' })
export class InitiativeEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', array: true })
  partners!: string[];

  @Column({ type: 'text', array: true })
  areas!: string[];

  @Column({ type: 'text', array: true })
  instruments!: string[];

  @Column({ type: 'jsonb', nullable: true })
  timeline!: Timeline | null;

  @Column({ type: 'jsonb' })
  money!: Money[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Columns of a citation: which document says so, where, in which words. */
abstract class CitationColumns {
  @PrimaryColumn({ name: 'document_id', type: 'text' })
  documentId!: string;

  @PrimaryColumn({ name: 'start_offset', type: 'int' })
  start!: number;

  @Column({ name: 'end_offset', type: 'int' })
  end!: number;

  @Column({ type: 'int', nullable: true })
  page!: number | null;

  @Column({ type: 'text' })
  quote!: string;
}

@Entity({ name: 'initiative_sources' })
export class InitiativeSourceEntity extends CitationColumns {
  @PrimaryColumn({ name: 'initiative_id', type: 'text' })
  initiativeId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'partnerships' })
export class PartnershipEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  instrument!: string;

  @Column({ type: 'text' })
  partner!: string;

  @Column({ type: 'text', nullable: true })
  since!: string | null;

  @Column({ type: 'text', nullable: true })
  until!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ name: 'partnership_sources' })
export class PartnershipSourceEntity extends CitationColumns {
  @PrimaryColumn({ name: 'partnership_id', type: 'text' })
  partnershipId!: string;
}

/** What the registry knows of each source document, for citations and cross-references. */
@Entity({ name: 'documents' })
export class RegistryDocumentEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  reference!: string | null;

  @Column({ type: 'text', nullable: true })
  date!: string | null;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text', array: true })
  references!: string[];

  @Column({ name: 'extractor_version', type: 'text' })
  extractorVersion!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
