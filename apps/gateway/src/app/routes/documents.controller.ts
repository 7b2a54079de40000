import {
  ContractError,
  DocumentSummarySchema,
  GET_DOCUMENT_V1,
  LIST_DOCUMENTS_V1,
  ListDocumentsRequestSchema,
  SUBMIT_DOCUMENT_V1,
  SubmitDocumentJsonDtoSchema,
  SubmitDocumentResponseSchema,
} from '@dpo/contracts';
import { MessagingClient } from '@dpo/messaging';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiKeyGuard } from '../http/api-key.guard';
import { openApiSchema } from '../http/json-schema';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const UPLOAD_BUCKET = 'uploads';
const DOC_ID = /^doc_[a-f0-9]{24}$/;

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly messaging: MessagingClient) {}

  @Post()
  @UseGuards(ApiKeyGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Submit a document',
    description:
      'Multipart upload (field `file`: PDF, HTML, DOCX, text) or JSON `{text, filename?, mediaType?}`. ' +
      '201 when new, 200 when the same bytes were already submitted, 422 when the file cannot be read (it is kept, with the reason).',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ schema: openApiSchema(SubmitDocumentJsonDtoSchema, 'input') })
  @ApiOkResponse({ schema: openApiSchema(SubmitDocumentResponseSchema) })
  @UseInterceptors(FileInterceptor('file'))
  async submit(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: unknown, @Res({ passthrough: true }) res: Response) {
    let bytes: Uint8Array;
    let filename: string | null;
    let mediaType: string | null;
    let sourceUrl: string | null = null;
    if (file) {
      if (!file.size) throw new ContractError('invalid', 'the uploaded file is empty');
      bytes = file.buffer;
      filename = file.originalname?.slice(0, 300) || null;
      mediaType = file.mimetype && file.mimetype !== 'application/octet-stream' ? file.mimetype : null;
    } else {
      const dto = new ZodValidationPipe(SubmitDocumentJsonDtoSchema, 'document').transform(body);
      bytes = Buffer.from(dto.text, 'utf8');
      filename = dto.filename ?? null;
      mediaType = dto.mediaType;
      sourceUrl = dto.sourceUrl ?? null;
    }
    const upload = await this.messaging.putBlob(UPLOAD_BUCKET, bytes);
    const result = await this.messaging.request(SUBMIT_DOCUMENT_V1, { upload, filename, mediaType, sourceUrl }, 120_000);
    res.status(result.status === 'failed' && !result.duplicate ? 422 : result.duplicate ? 200 : 201);
    return result;
  }

  @Get()
  @ApiOperation({ summary: 'List documents, newest first, with their pipeline status' })
  @ApiOkResponse({ schema: openApiSchema(ListDocumentsRequestSchema) })
  list(@Query(new ZodValidationPipe(ListDocumentsRequestSchema, 'query')) query: Record<string, unknown>) {
    return this.messaging.request(LIST_DOCUMENTS_V1, query);
  }

  @Get(':id')
  @HttpCode(200)
  @ApiOkResponse({ schema: openApiSchema(DocumentSummarySchema) })
  get(@Param('id') id: string) {
    if (!DOC_ID.test(id)) throw new ContractError('invalid', 'document ids look like doc_0123456789abcdef01234567');
    return this.messaging.request(GET_DOCUMENT_V1, { id });
  }
}
