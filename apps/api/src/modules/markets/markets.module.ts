import { Module } from '@nestjs/common';
import { BidsResolver } from './bids/bids.resolver';
import { BidsService } from './bids/bids.service';
import { ConventionFieldsResolver } from './conventions/conventions.resolver';
import { ConventionsService } from './conventions/conventions.service';
import { ProviderBidsResolver } from './bids/provider-bids.resolver';
import { ProviderDirectoryResolver } from './bids/provider-directory.resolver';
import { ProviderBidsService } from './bids/provider-bids.service';
import { BidFieldsResolver, BidMemberFieldsResolver, LotsResolver } from './lots/lots.resolver';
import { LotsService } from './lots/lots.service';
import { MarketsResolver } from './markets/markets.resolver';
import { MarketsService } from './markets/markets.service';

/** Markets and their lots, bids scored on a weighted grid, award and the signed convention with its amendments; the providers' own bids. */
@Module({
  providers: [
    MarketsService,
    MarketsResolver,
    LotsService,
    LotsResolver,
    BidFieldsResolver,
    BidMemberFieldsResolver,
    BidsService,
    BidsResolver,
    ConventionsService,
    ConventionFieldsResolver,
    ProviderBidsService,
    ProviderBidsResolver,
    ProviderDirectoryResolver,
  ],
})
export class MarketsModule {}
