import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type DocumentStatus = 'ingested' | 'extracted' | 'failed';

/** A submitted document: the original bytes, the normalised text and where it is in the pipeline. */
@Entity({ name: 'documents' })
export class DocumentEntity {
  /** `doc_` + the first 24 hex digits of the content's SHA-256: the same bytes always get the same id. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'char', length: 64, unique: true })
  sha256!: string;

  @Column({ type: 'text', nullable: true })
  filename!: string | null;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'size_bytes', type: 'int' })
  sizeBytes!: number;

  @Column({ name: 'text_length', type: 'int', default: 0 })
  textLength!: number;

  @Column({ type: 'bytea', select: false })
  original!: Buffer;

  @Column({ type: 'text', nullable: true, select: false })
  text!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  pages!: { page: number; start: number; end: number }[] | null;

  @Column({ type: 'text' })
  status!: DocumentStatus;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  @Column({ name: 'initiative_count', type: 'int', nullable: true })
  initiativeCount!: number | null;

  @CreateDateColumn({ name: 'ingested_at', type: 'timestamptz' })
  ingestedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
